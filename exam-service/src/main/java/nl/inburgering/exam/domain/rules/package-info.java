/**
 * Pure rules of the Wi2021 inburgeringsexamen: which component/level combinations exist, how attempts are
 * counted, when a cancellation keeps an attempt, who pays an attempt and how much, and when a result may be
 * recorded.
 *
 * <p>No framework, no clock, no database: every method gets the facts it needs (including {@code today}) and
 * either answers or throws {@link nl.inburgering.kit.problem.RuleViolationException} naming the rule as the
 * sources name it ({@link nl.inburgering.exam.domain.rules.RuleCodes}). The configurable numbers live in
 * {@link nl.inburgering.exam.domain.rules.ExamPolicyConfig}.
 *
 * <p>Sources: {@code shared/domain/wi2021-rules.md} (N6, N7, N17, §4, §11 E4/E19/E23, §12), DUO Examen API
 * ({@code gratisPogingenTegoed}, {@code RedenGeenResultaatInburgeringsexamen}) and the seed text ("the
 * municipality will pay for the exam one more time. After that, you have to pay for it yourself").
 */
package nl.inburgering.exam.domain.rules;
