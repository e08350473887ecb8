/**
 * Dyad's data model: Article, Sentence, Token, Mention, Predication, Actor, Event, Attribution.
 * Plain records and self-validating codes; this package depends on nothing else in Dyad.
 */
package org.dyad.model;
