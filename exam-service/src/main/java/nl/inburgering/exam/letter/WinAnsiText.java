package nl.inburgering.exam.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text showable with a Standard 14 font, whose WinAnsiEncoding covers Western European text: the € sign,
 * é, ë, ï, ö, ü and the other Dutch letters are kept as they are. Other characters (e.g. in a participant's
 * name: ş, ğ, ı, ł) would make PDFBox throw; they are transliterated to their base letter, and anything left
 * becomes "?". A name may so lose a diacritic; the letter is never refused because of it. Control characters
 * become spaces.
 */
final class WinAnsiText {

    /** Letters without a canonical decomposition to a base letter. */
    private static final Map<Integer, String> SPECIAL = Map.of(
            (int) 'ı', "i", (int) 'ł', "l", (int) 'Ł', "L", (int) 'đ', "d", (int) 'Đ', "D",
            (int) 'ħ', "h", (int) 'Ħ', "H", (int) 'ĸ', "k");

    private WinAnsiText() {
    }

    static String sanitize(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(showable(cp, font)));
        return out.toString();
    }

    private static String showable(int cp, PDFont font) {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return " ";
        }
        String s = new String(Character.toChars(cp));
        if (canEncode(s, font)) {
            return s;
        }
        String special = SPECIAL.get(cp);
        if (special != null) {
            return special;
        }
        String base = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && canEncode(base, font) ? base : "?";
    }

    private static boolean canEncode(String s, PDFont font) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
