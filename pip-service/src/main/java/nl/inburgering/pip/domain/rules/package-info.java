/**
 * Pure rule classes of pip-service: the Wi2021 rules that pip-service owns, written so that they read like
 * the law and can be tested without a container.
 *
 * <p>Sources cited in the Javadoc: {@code /work/shared/domain/wi2021-rules.md} (numeric rules {@code N1}…
 * {@code N35}, sections {@code §1}…{@code §12}, edge cases {@code E1}…{@code E24} = its §11 list),
 * {@code DESIGN.md} §2 (completion per route) and DUO's M2M OpenAPI specifications (PIP, GevolgdeUren,
 * MAP-PVT-Zroute). Every refusal is a {@link nl.inburgering.kit.problem.RuleViolationException} whose rule
 * code is listed in {@link nl.inburgering.pip.domain.rules.RuleCodes}.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link nl.inburgering.pip.domain.rules.BsnValidator}: the 11-test;</li>
 *   <li>{@link nl.inburgering.pip.domain.rules.PlanRules}: DUO's PIP validation, level default, route switch;</li>
 *   <li>{@link nl.inburgering.pip.domain.rules.RouteSwitchPolicy}: N16;</li>
 *   <li>{@link nl.inburgering.pip.domain.rules.PlanDeletionPolicy}: deleting a PIP before the term starts;</li>
 *   <li>{@link nl.inburgering.pip.domain.rules.ZRouteHours} and
 *       {@link nl.inburgering.pip.domain.rules.ZRouteCompletionPolicy}: N13, N14, §3.3;</li>
 *   <li>{@link nl.inburgering.pip.domain.rules.CompletionPolicy}: the completion check (DESIGN §2), a pure
 *       function of the facts, and {@link nl.inburgering.pip.domain.rules.ProgressStatus}.</li>
 * </ul>
 *
 * <p>No framework types: only the JDK, the shared vocabulary enums and {@code RuleViolationException}.
 * Structural problems of an input (a missing required field, a negative number of hours) are
 * {@link java.lang.IllegalArgumentException}s or {@link java.lang.NullPointerException}s: the REST layer
 * validates those first and answers 400; a {@code RuleViolationException} is a 409.
 */
package nl.inburgering.pip.domain.rules;
