package nl.inburgering.pip.domain.rules;

/**
 * {@code indicatorAlfabetiseringsonderwijs} of DUO's PIP API (enum {@code Alfabetiseringsonderwijs}, §2.4 [C]):
 * whether the leerroute includes a literacy programme, "een traject voor een analfabeet of anders-gealfabetiseerde
 * om de basis van de Nederlandse taal te leren". Optional in the PIP; the constant names are DUO's codes.
 */
public enum LiteracyIndicator {
    /** "Onderwijs voor analfabeet": for a person who cannot read or write in any script. */
    A("Onderwijs voor analfabeet"),
    /**
     * "Onderwijs voor anders-analfabeet" (DUO's wording): for a person literate in another script than the
     * Latin one (anders-gealfabetiseerde).
     */
    AA("Onderwijs voor anders-analfabeet"),
    /** "Niet van toepassing": no literacy programme. */
    NVT("Niet van toepassing");

    private final String duoDescription;

    LiteracyIndicator(String duoDescription) {
        this.duoDescription = duoDescription;
    }

    /** @return DUO's code, equal to the constant name */
    public String duoCode() {
        return name();
    }

    /** @return DUO's descriptive variant ({@code AlfabetiseringsonderwijsDescription}) */
    public String duoDescription() {
        return duoDescription;
    }
}
