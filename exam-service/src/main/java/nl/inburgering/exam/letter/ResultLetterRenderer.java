package nl.inburgering.exam.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a {@link ResultLetter} as an A4 PDF with a Dutch section followed by an English one.
 *
 * <p>Fonts: the Standard 14 Helvetica and Helvetica-Bold (not embedded, always available to any PDF reader),
 * with WinAnsiEncoding — which has the € sign and the Dutch letters (é, ë, ï, …). Characters outside it are
 * transliterated by {@link WinAnsiText} instead of failing. The JDK ships no TrueType fonts to embed instead.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResultLetterRenderer {

    private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float BODY_SIZE = 10.5f;
    private static final float HEADING_SIZE = 12.5f;
    private static final float TITLE_SIZE = 14f;
    private static final float LEADING = 1.35f;

    /** Renders the letter; the bytes are a complete PDF document. */
    public byte[] render(ResultLetter letter) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Uitslag examen / Exam result");
            document.getDocumentCatalog().setLanguage("nl-NL");
            try (Writer writer = new Writer(document)) {
                writer.paragraph(ResultLetterTexts.title(), writer.bold, TITLE_SIZE);
                writer.space(8);
                for (ResultLetterTexts.Section section
                        : List.of(ResultLetterTexts.dutch(letter), ResultLetterTexts.english(letter))) {
                    writer.rule();
                    writer.paragraph(section.heading(), writer.bold, HEADING_SIZE);
                    writer.space(4);
                    for (ResultLetterTexts.Paragraph paragraph : section.paragraphs()) {
                        if (paragraph.gapBefore()) {
                            writer.space(BODY_SIZE * 0.8f);
                        }
                        writer.paragraph(paragraph.text(), paragraph.bold() ? writer.bold : writer.regular, BODY_SIZE);
                        writer.space(2);
                    }
                    writer.space(10);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the result letter", e);
        }
    }

    /** Writes wrapped paragraphs top-down, starting a new page when one is full. */
    private static final class Writer implements AutoCloseable {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private final float width = PAGE_SIZE.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void paragraph(String text, PDType1Font font, float size) throws IOException {
            for (String line : wrap(WinAnsiText.sanitize(text, font), font, size)) {
                float height = size * LEADING;
                if (y - height < MARGIN) {
                    newPage();
                }
                y -= height;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void space(float points) {
            y -= points;
        }

        void rule() throws IOException {
            if (y - 12 < MARGIN) {
                newPage();
            }
            y -= 6;
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + width, y);
            stream.stroke();
            y -= 6;
        }

        private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.trim().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (widthOf(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A single word wider than the line is cut into pieces that fit.
                String rest = word;
                while (widthOf(rest, font, size) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static float widthOf(String s, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE_SIZE.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
