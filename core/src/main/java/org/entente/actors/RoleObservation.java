package org.entente.actors;

import java.time.LocalDate;

/**
 * A person described with an office in the text ("X, ministre kazakh des Affaires étrangères").
 *
 * @param name     the person's name as the linker knows it (canonical for known people)
 * @param country  ISO alpha-3 of the state the office belongs to, or null when the text names none
 * @param role     the office
 * @param date     the article's date, at which the office is claimed; null when unknown
 * @param sentence the sentence that says it
 * @param doc      id of the article
 */
public record RoleObservation(String name, String country, Role role, LocalDate date, String sentence, String doc) {
}
