package org.kirok.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a {@link Publication} as an A4 PDF with a Korean TrueType font embedded (so Hangul shows on any
 * machine); footnotes become numbered notes at the end.
 */
public final class PdfRenderer {

    public byte[] render(Publication publication) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = BaseFont.createFont(KoreanFont.path().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font body = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(publication.title());
            document.open();
            document.add(spaced(new Paragraph(publication.title(), new Font(base, 16, Font.BOLD)), 8));
            publication.subtitle().ifPresent(subtitle -> add(document, spaced(new Paragraph(subtitle, new Font(base, 11)), 12)));
            List<String> notes = new ArrayList<>();
            for (Publication.Block block : publication.blocks()) {
                switch (block) {
                    case Publication.Heading heading -> document.add(spaced(new Paragraph(heading.text(),
                            new Font(base, heading.level() == 1 ? 13 : 11.5f, Font.BOLD)), 6));
                    case Publication.Paragraph paragraph -> document.add(paragraph(paragraph, body, small, notes));
                    case Publication.Bullets bullets -> bullets.items().forEach(item ->
                            add(document, spaced(new Paragraph("• " + item, body), 2)));
                    case Publication.Table table -> document.add(table(table, body, small));
                    case Publication.Image image -> image(document, image, small);
                    case Publication.PageBreak pageBreak -> document.newPage();
                }
            }
            if (!notes.isEmpty()) {
                document.add(spaced(new Paragraph("—", small), 6));
                for (int i = 0; i < notes.size(); i++) {
                    document.add(new Paragraph((i + 1) + " " + notes.get(i), small));
                }
            }
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private static Paragraph paragraph(Publication.Paragraph paragraph, Font body, Font small, List<String> notes) {
        Paragraph p = new Paragraph();
        p.setFont(body);
        paragraph.number().ifPresent(n -> p.add(new Chunk(n + ".  ", body)));
        p.add(new Chunk(paragraph.text(), body));
        for (String note : paragraph.footnotes()) {
            notes.add(note);
            p.add(new Chunk(String.valueOf(notes.size()), small).setTextRise(4));
        }
        return spaced(p, 4);
    }

    private static PdfPTable table(Publication.Table table, Font body, Font small) {
        PdfPTable t = new PdfPTable(Math.max(1, table.header().size()));
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        for (String cell : table.header()) {
            t.addCell(new PdfPCell(new Paragraph(cell, new Font(body.getBaseFont(), 9.5f, Font.BOLD))));
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < table.header().size(); c++) {
                t.addCell(new PdfPCell(new Paragraph(c < row.size() ? row.get(c) : "", small)));
            }
        }
        return t;
    }

    private static void image(Document document, Publication.Image image, Font small) {
        try {
            org.openpdf.text.Image picture = org.openpdf.text.Image.getInstance(image.png());
            picture.scaleToFit(image.widthPoints(), 2000);
            picture.setAlignment(Element.ALIGN_CENTER);
            document.add(picture);
            document.add(spaced(new Paragraph(image.caption(), small), 8));
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot embed an image: " + e.getMessage(), e);
        }
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
