package org.dyad.read;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way Dyad opens XML: StAX with DTDs and external entities off, so that an input file can
 * never make it read other files or the network (XXE), and with text coalesced.
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
