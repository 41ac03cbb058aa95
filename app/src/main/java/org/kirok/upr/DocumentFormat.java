package org.kirok.upr;

import java.util.Locale;
import org.kirok.publish.DocxRenderer;
import org.kirok.publish.PdfRenderer;
import org.kirok.publish.Publication;
import org.kirok.store.NotFoundException;

/** The formats advocacy documents go out in: Word (what OHCHR takes) and PDF (Korean font embedded). */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public byte[] render(Publication publication) {
        return this == DOCX ? new DocxRenderer().render(publication) : new PdfRenderer().render(publication);
    }

    /** docx or pdf from a download path; anything else is not a download we offer (404). */
    public static DocumentFormat of(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "docx" -> DOCX;
            case "pdf" -> PDF;
            default -> throw new NotFoundException("export");
        };
    }
}
