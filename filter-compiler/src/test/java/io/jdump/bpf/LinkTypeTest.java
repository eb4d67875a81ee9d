package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.oracle.Libpcap;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every LinkType's name and description are libpcap's, and -y names resolve as libpcap's do. */
class LinkTypeTest {
  private final Libpcap libpcap = Libpcap.load();

  @Test
  void namesAndDescriptionsAreLibpcaps() {
    for (LinkType t : LinkType.values()) {
      assertEquals(libpcap.datalinkName(t.dlt()), t.name(), "name of DLT " + t.dlt());
      assertEquals(libpcap.datalinkDescription(t.dlt()), t.description(), "description of " + t);
      assertEquals(t.dlt(), libpcap.datalinkValue(t.name()), "libpcap's value for " + t);
    }
  }

  @Test
  void yArgumentsResolveAsInLibpcap() {
    for (LinkType t : LinkType.values()) {
      for (String spelling : new String[] {t.name(), t.name().toLowerCase(Locale.ROOT), "DLT_" + t.name(), "dlt_" + t.name()}) {
        int libpcapValue = libpcap.datalinkValue(spelling);
        assertEquals(libpcapValue, LinkType.forName(spelling).map(LinkType::dlt).orElse(-1), spelling);
      }
      assertEquals(t, LinkType.forDlt(t.dlt()).orElseThrow());
    }
    assertEquals(-1, libpcap.datalinkValue("NOSUCH"));
    assertEquals(LinkType.forName("NOSUCH").isPresent(), false);
  }

  @Test
  void fileLinkTypesMapToDlts() {
    assertEquals(LinkType.RAW.dlt(), LinkType.dltForLinkType(101));
    assertEquals(101, LinkType.linkTypeForDlt(LinkType.RAW.dlt()));
    assertEquals(LinkType.ATM_RFC1483.dlt(), LinkType.dltForLinkType(100));
    assertEquals(LinkType.EN10MB.dlt(), LinkType.dltForLinkType(1));
    assertEquals(147, LinkType.dltForLinkType(147));
  }
}
