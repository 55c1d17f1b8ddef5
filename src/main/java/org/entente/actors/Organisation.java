package org.entente.actors;

import java.util.List;

/** An international organisation or mechanism with its member states (ISO alpha-3; empty when not tracked). */
public record Organisation(String id, String name, List<String> frenchNames, List<String> members) {
    public Organisation {
        frenchNames = List.copyOf(frenchNames);
        members = List.copyOf(members);
    }
}
