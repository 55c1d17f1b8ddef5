package org.entente.actors;

/** Where a place actor lies, and how big it is (used to prefer the larger of two homonyms). */
public record PlaceInfo(String id, double lat, double lon, long population) {
}
