/**
 * Reading PETRARCH/TABARI dictionaries (CAMEO 2.0 verbs, actors, agents, discards) into records
 * that keep what the files say, raw text and line numbers included; no coding happens here.
 * {@link org.dyad.lexicon.petrarch.PetrarchDictionaries#load} is the entry point. Depends only on the JDK.
 */
package org.dyad.lexicon.petrarch;
