/**
 * Extraction: finds predications (verbal and nominal event triggers with their arguments, mode,
 * time, place and reporting frames) in a sentence's Universal Dependencies tree. Knows syntax, not
 * codes: which nouns can be events and which verbs are light or reporting come from the lexicons.
 */
package org.dyad.extract;
