package nl.inburgering.contracts.vocabulary;

/** CEFR level (taalniveau). Declared in ascending order: {@code compareTo} orders levels. */
public enum LanguageLevel {
    A1, A2, B1, B2;

    public boolean atLeast(LanguageLevel other) { return compareTo(other) >= 0; }
}
