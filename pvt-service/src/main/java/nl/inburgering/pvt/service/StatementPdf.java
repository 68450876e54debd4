package nl.inburgering.pvt.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import nl.inburgering.pvt.domain.PvtSigning;

/**
 * The signed participation statement as a PDF (issue 10 item 3): the statement text as signed and its version, the
 * participant's name, the date, the municipality. Set in Liberation Sans, which PDFBox ships, embedded, so names with
 * letters beyond Latin-1 (ş, ğ, ł, Cyrillic, Greek) print as typed; {@link #printable} tells which names it can set.
 */
@ApplicationScoped
public class StatementPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));
    private static final float MARGIN = 72;

    private final byte[] fontBytes;
    private final TrueTypeFont metrics;

    public StatementPdf() {
        try (InputStream in = StatementPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's " + FONT + " is missing from the classpath");
            }
            fontBytes = in.readAllBytes();
            metrics = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statement font", e);
        }
    }

    /** Whether every character of {@code text} has a glyph in the font (a name the PDF can print). */
    public boolean printable(String text) {
        try {
            var cmap = metrics.getUnicodeCmapLookup();
            return text.codePoints().allMatch(cp -> cp == ' ' || cmap.getGlyphId(cp) > 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of {@code signing}, with the municipality as it is to be printed. */
    public byte[] render(PvtSigning signing, String municipality) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, new java.io.ByteArrayInputStream(fontBytes), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Participatieverklaring");
            info.setSubject("Participatieverklaring, versie " + signing.statementVersion);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(content, font, 20, "Participatieverklaring", y);
                y -= 16;
                for (String l : wrap(signing.statementText, font, 12, width)) {
                    y = line(content, font, 12, l, y);
                }
                y -= 24;
                y = line(content, font, 12, "Naam: " + signing.participantName, y);
                y = line(content, font, 12, "Datum van ondertekening: " + DUTCH_DATE.format(signing.signedOn), y);
                y = line(content, font, 12, "Gemeente: " + municipality, y);
                y -= 16;
                line(content, font, 9, "Tekst van de verklaring: versie " + signing.statementVersion, y);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the statement could not be rendered", e);
        }
    }

    private static float line(PDPageContentStream content, PDType0Font font, float size, String text, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(text);
        content.endText();
        return y - size * 1.5f;
    }

    /** The text in lines that fit {@code width} (words are not split). */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
        }
        return lines;
    }
}
