package nl.inburgering.pip.domain.rules;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.ExamComponent;

/**
 * What the rules need to know about a {@link CompletionRequirement} (the shared vocabulary of DESIGN §2, also
 * used by {@code term.exceeded}): which exam component, if any, it is about.
 */
public final class Requirements {

    private Requirements() {
    }

    /** @return the exam component {@code requirement} is about; null for MAP, PVT and ZROUTE */
    public static ExamComponent examComponent(CompletionRequirement requirement) {
        switch (requirement) {
            case READING:
                return ExamComponent.READING;
            case LISTENING:
                return ExamComponent.LISTENING;
            case WRITING:
                return ExamComponent.WRITING;
            case SPEAKING:
                return ExamComponent.SPEAKING;
            case KNM:
                return ExamComponent.KNM;
            default:
                return null;
        }
    }

    /** @return whether {@code requirement} is passing an exam component */
    public static boolean isExam(CompletionRequirement requirement) {
        return examComponent(requirement) != null;
    }
}
