/**
 * Actors: the actor lexicon (countries, people with dated roles, organisations, generic agents) and
 * the resolver that turns a phrase of a sentence into a CAMEO actor code as of the article's date.
 */
package org.dyad.actor;
