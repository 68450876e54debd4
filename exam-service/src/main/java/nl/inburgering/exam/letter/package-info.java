/**
 * The result letter of one exam attempt, in Dutch and English, as a PDF (Apache PDFBox 3).
 * {@link nl.inburgering.exam.letter.ResultLetter} holds the facts, {@link nl.inburgering.exam.letter.ResultLetterRenderer}
 * makes the PDF. The wording of the next step follows the seed ("If you failed an exam, you can take that exam
 * one more time free of charge. After that you have to pay for a resit yourself.") and N6/N7.
 */
package nl.inburgering.exam.letter;
