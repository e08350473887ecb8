package org.dyad.store;

import java.util.List;

/** One page of a longer result: the items, how many match in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
