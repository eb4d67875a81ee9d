package io.jdump.print;

/** The names tcpdump's print-rx.c gives AFS services' opcodes, packet types and errors. */
final class RxNames {
  private RxNames() {}

  static String type(int t) {
    return switch (t) {
      case 1 -> "data";
      case 2 -> "ack";
      case 3 -> "busy";
      case 4 -> "abort";
      case 5 -> "ackall";
      case 6 -> "challenge";
      case 7 -> "response";
      case 8 -> "debug";
      case 9 -> "params";
      case 13 -> "version";
      default -> null;
    };
  }

  private static final String[] FS = {"fetch-data", "fetch-acl", "fetch-status", "store-data",
    "store-acl", "store-status", "remove-file", "create-file", "rename", "symlink", "link",
    "makedir", "rmdir", "oldsetlock", "oldextlock", "oldrellock", "get-stats", "give-cbs",
    "get-vlinfo", "get-vlstats", "set-vlstats", "get-rootvl", "check-token", "get-time",
    "nget-vlinfo", "bulk-stat", "setlock", "extlock", "rellock", "xstat-ver", "get-xstat",
    "dfs-lookup", "dfs-flushcps", "dfs-symlink"};
  private static final String[] FS64 = {"inline-bulk-status", "fetch-data-64", "store-data-64",
    "give-up-all-cbs", "get-caps", "cb-rx-conn-addr"};

  static String fs(long op) {
    if (op >= 130 && op < 130 + FS.length) return FS[(int) op - 130];
    if (op == 220) return "residency";
    if (op >= 65536 && op < 65536 + FS64.length) return FS64[(int) op - 65536];
    return null;
  }

  private static final String[] CB = {"callback", "initcb", "probe", "getlock", "getce",
    "xstatver", "getxstat", "initcb2", "whoareyou", "initcb3", "probeuuid", "getsrvprefs",
    "getcellservdb", "getlocalcell", "getcacheconf"};
  private static final String[] CB64 = {"getce64", "getcellbynum", "tellmeaboutyourself"};

  static String cb(long op) {
    if (op >= 204 && op < 204 + CB.length) return CB[(int) op - 204];
    if (op >= 65536 && op < 65536 + CB64.length) return CB64[(int) op - 65536];
    return null;
  }

  private static final String[] PT = {"new-user", "where-is-it", "dump-entry", "add-to-group",
    "name-to-id", "id-to-name", "delete", "remove-from-group", "get-cps", "new-entry",
    "list-max", "set-max", "list-entry", "change-entry", "list-elements", "same-mbr-of",
    "set-fld-sentry", "list-owned", "get-cps2", "get-host-cps", "update-entry", "list-entries"};

  static String pt(long op) {
    if (op >= 500 && op < 500 + PT.length) return PT[(int) op - 500];
    if (op == 530) return "list-super-groups";
    return null;
  }

  private static final String[] VLDB = {"create-entry", "delete-entry", "get-entry-by-id",
    "get-entry-by-name", "get-new-volume-id", "replace-entry", "update-entry", "setlock",
    "releaselock", "list-entry", "list-attrib", "linked-list", "get-stats", "probe",
    "get-addrs", "change-addr", "create-entry-n", "get-entry-by-id-n", "get-entry-by-name-n",
    "replace-entry-n", "list-entry-n", "list-attrib-n", "linked-list-n",
    "update-entry-by-name", "create-entry-u", "get-entry-by-id-u", "get-entry-by-name-u",
    "replace-entry-u", "list-entry-u", "list-attrib-u", "linked-list-u", "regaddr",
    "get-addrs-u", "list-attrib-n2"};

  static String vldb(long op) {
    return op >= 501 && op < 501 + VLDB.length ? VLDB[(int) op - 501] : null;
  }

  static String kauth(long op) {
    return switch ((int) Math.min(op, 100)) {
      case 1 -> "auth-old";
      case 21 -> "authenticate";
      case 22 -> "authenticate-v2";
      case 2 -> "change-pw";
      case 3 -> "get-ticket-old";
      case 23 -> "get-ticket";
      case 4 -> "set-pw";
      case 5 -> "set-fields";
      case 6 -> "create-user";
      case 7 -> "delete-user";
      case 8 -> "get-entry";
      case 9 -> "list-entry";
      case 10 -> "get-stats";
      case 11 -> "debug";
      case 12 -> "get-pw";
      case 13 -> "get-random-key";
      case 14 -> "unlock";
      case 15 -> "lock-status";
      default -> null;
    };
  }

  private static final String[] VOL = {"create-volume", "delete-volume", "restore", "forward",
    "end-trans", "clone", "set-flags", "get-flags", "trans-create", "dump", "get-nth-volume",
    "set-forwarding", "get-name", "get-status", "sig-restore", "list-partitions",
    "list-volumes", "set-id-types", "monitor", "partition-info", "reclone", "list-one-volume",
    "nuke", "set-date", "x-list-volumes", "x-list-one-volume", "set-info", "x-list-partitions",
    "forward-multiple"};
  private static final String[] VOL64 = {"convert-ro", "get-size", "dump-v2"};

  static String vol(long op) {
    if (op >= 100 && op < 100 + VOL.length) return VOL[(int) op - 100];
    if (op >= 65536 && op < 65536 + VOL64.length) return VOL64[(int) op - 65536];
    return null;
  }

  private static final String[] BOS = {"create-bnode", "delete-bnode", "set-status",
    "get-status", "enumerate-instance", "get-instance-info", "get-instance-parm",
    "add-superuser", "delete-superuser", "list-superusers", "list-keys", "add-key",
    "delete-key", "set-cell-name", "get-cell-name", "get-cell-host", "add-cell-host",
    "delete-cell-host", "set-t-status", "shutdown-all", "restart-all", "startup-all",
    "set-noauth-flag", "re-bozo", "restart", "start-bozo-install", "uninstall", "get-dates",
    "exec", "prune", "set-restart-time", "get-restart-time", "start-bozo-log", "wait-all",
    "get-instance-strings", "get-restricted", "set-restricted"};

  static String bos(long op) {
    return op >= 80 && op < 80 + BOS.length ? BOS[(int) op - 80] : null;
  }

  private static final String[] VOTE = {"vote-beacon", "vote-debug-old", "vote-sdebug-old",
    "vote-getsyncsite", "vote-debug", "vote-sdebug", "vote-xdebug", "vote-xsdebug"};
  private static final String[] DISK = {"disk-begin", "disk-commit", "disk-lock", "disk-write",
    "disk-getversion", "disk-getfile", "disk-sendfile", "disk-abort", "disk-releaselocks",
    "disk-truncate", "disk-probe", "disk-writev", "disk-interfaceaddr", "disk-setversion"};

  static boolean isUbik(long op) {
    return op >= 10000 && op <= 10007 || op >= 20000 && op <= 20013;
  }

  static String ubik(long op) {
    if (op >= 10000 && op < 10000 + VOTE.length) return VOTE[(int) op - 10000];
    if (op >= 20000 && op < 20000 + DISK.length) return DISK[(int) op - 20000];
    return null;
  }

  static String fsError(int e) {
    return switch (e) {
      case 101 -> "salvage volume";
      case 102 -> "no such vnode";
      case 103 -> "no such volume";
      case 104 -> "volume exist";
      case 105 -> "no service";
      case 106 -> "volume offline";
      case 107 -> "voline online";
      case 108 -> "diskfull";
      case 109 -> "diskquota exceeded";
      case 110 -> "volume busy";
      case 111 -> "volume moved";
      case 112 -> "AFS IO error";
      case -100 -> "restarting fileserver";
      default -> null;
    };
  }

  static String ackReason(int r) {
    return switch (r) {
      case 1 -> "ack requested";
      case 2 -> "duplicate packet";
      case 3 -> "out of sequence";
      case 4 -> "exceeds window";
      case 5 -> "no buffer space";
      case 6 -> "ping";
      case 7 -> "ping response";
      case 8 -> "delay";
      case 9 -> "idle";
      default -> null;
    };
  }
}
