package org.dyad.code;

import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconLine;
import org.dyad.model.CameoCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CAMEO event codebook of cameo.txt: name, quad class, Goldstein value and PLOVER type of every code. */
public final class CameoCodebook {

    private final Map<String, CodebookEntry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public CameoCodebook(List<LexiconLine> lines) {
        for (LexiconLine line : lines) {
            try {
                String code = line.field(0);
                if (!CameoCode.isValid(code)) {
                    problems.add(line.where() + ": '" + code + "' is not a CAMEO code");
                    continue;
                }
                int quad = Integer.parseInt(line.field(2));
                if (quad < 1 || quad > 4) {
                    problems.add(line.where() + ": quad class must be 1 to 4");
                    continue;
                }
                String plover = line.field(4);
                CodebookEntry entry = new CodebookEntry(new CameoCode(code), line.field(1), quad,
                        Double.parseDouble(line.field(3)), plover.isEmpty() || plover.equals("-") ? null : plover);
                if (entries.putIfAbsent(code, entry) != null) {
                    problems.add(line.where() + ": code " + code + " is listed twice");
                }
            } catch (NumberFormatException e) {
                problems.add(line.where() + ": expected code | name | quad class | goldstein | plover");
            }
        }
    }

    private CameoCodebook(CameoCodebook base, java.util.Collection<String> extra) {
        entries.putAll(base.entries);
        problems.addAll(base.problems);
        for (String code : extra) {
            // A dictionary's own code has no place in the quad classes or on the Goldstein scale.
            entries.putIfAbsent(code, new CodebookEntry(new CameoCode(code), "outside the CAMEO codebook (from the dictionaries)", 0, 0.0, null));
        }
    }

    /** This codebook with the codes a user's dictionaries define outside CAMEO, without quad class or Goldstein value. */
    public CameoCodebook withCodes(java.util.Collection<String> extra) {
        return new CameoCodebook(this, extra);
    }

    public static CameoCodebook bundled() {
        return new CameoCodebook(LexiconFile.resource("lexicon/cameo.txt"));
    }

    public Optional<CodebookEntry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    public java.util.Collection<CodebookEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
