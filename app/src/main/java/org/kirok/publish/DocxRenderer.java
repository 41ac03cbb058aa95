package org.kirok.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/** Renders a {@link Publication} as a Word document with real footnotes, numbered paragraphs and Hangul fonts. */
public final class DocxRenderer {
    private static final String LATIN_FONT = "Times New Roman";
    private static final String KOREAN_FONT = "Malgun Gothic";

    public byte[] render(Publication publication) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(document.createParagraph(), publication.title(), 16, true);
            publication.subtitle().ifPresent(subtitle -> run(document.createParagraph(), subtitle, 12, false));
            for (Publication.Block block : publication.blocks()) {
                switch (block) {
                    case Publication.Heading heading -> run(document.createParagraph(), heading.text(),
                            heading.level() == 1 ? 14 : heading.level() == 2 ? 12 : 11, true);
                    case Publication.Paragraph paragraph -> paragraph(document, paragraph);
                    case Publication.Bullets bullets -> bullets.items().forEach(item -> run(document.createParagraph(),
                            "• " + item, 11, false));
                    case Publication.Table table -> table(document, table);
                    case Publication.Image image -> image(document, image);
                    case Publication.PageBreak pageBreak -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Word document", e);
        }
    }

    private static void paragraph(XWPFDocument document, Publication.Paragraph paragraph) {
        XWPFParagraph p = document.createParagraph();
        String text = paragraph.number().map(n -> n + ".\t").orElse("") + paragraph.text();
        run(p, text, 11, false);
        for (String note : paragraph.footnotes()) {
            XWPFFootnote footnote = document.createFootnote();
            p.addFootnoteReference(footnote);
            XWPFParagraph notePara = footnote.createParagraph();
            run(notePara, note, 9, false);
        }
    }

    private static void table(XWPFDocument document, Publication.Table table) {
        XWPFTable t = document.createTable(table.rows().size() + 1, table.header().size());
        fill(t.getRow(0), table.header(), true);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(t.getRow(r + 1), table.rows().get(r), false);
        }
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, java.util.List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size() && c < row.getTableCells().size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, cells.get(c), 10, bold);
        }
    }

    private static void image(XWPFDocument document, Publication.Image image) {
        try {
            java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new ByteArrayInputStream(image.png()));
            float height = image.widthPoints() * read.getHeight() / read.getWidth();
            XWPFRun run = document.createParagraph().createRun();
            run.addPicture(new ByteArrayInputStream(image.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(image.widthPoints()), Units.toEMU(height));
            run(document.createParagraph(), image.caption(), 9, false);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot embed an image: " + e.getMessage(), e);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(LATIN_FONT);
        CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? run.getCTR().getRPr().getRFontsArray(0) : run.getCTR().addNewRPr().addNewRFonts();
        fonts.setEastAsia(KOREAN_FONT);
        return run;
    }

}
