package io.jdump.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names tcpdump gives IPX SAP service types when {@code -n} is off (its {@code ipxsap_db}),
 * read once from {@code ipx-sap.txt}; immutable after loading.
 *
 * <p>Example: {@code IpxSapNames.TABLE.name(0x0004)} is {@code "FileServer"}.
 */
final class IpxSapNames {
  static final IpxSapNames TABLE = load();

  private final int[] types;
  private final String[] names;

  private IpxSapNames(int[] types, String[] names) {
    this.types = types;
    this.names = names;
  }

  /** {@return the name of a service type, or null} */
  String name(int type) {
    int i = Arrays.binarySearch(types, type);
    return i < 0 ? null : names[i];
  }

  private static IpxSapNames load() {
    List<String> lines = new ArrayList<>();
    try (InputStream in = IpxSapNames.class.getResourceAsStream("ipx-sap.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isEmpty() && !line.startsWith("#")) lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] types = new int[lines.size()];
    String[] names = new String[lines.size()];
    for (int i = 0; i < types.length; i++) {
      String line = lines.get(i);
      types[i] = Integer.parseInt(line.substring(0, 4), 16);
      names[i] = line.substring(5);
    }
    return new IpxSapNames(types, names);
  }
}
