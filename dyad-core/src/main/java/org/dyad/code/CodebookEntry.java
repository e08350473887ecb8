package org.dyad.code;

import org.dyad.model.CameoCode;

/** The codebook facts of one CAMEO code. */
public record CodebookEntry(CameoCode code, String name, int quadClass, double goldstein, String plover) {
}
