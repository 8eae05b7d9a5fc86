package org.photonledger.ui.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.photonledger.domain.validation.InvalidInputException;
import org.photonledger.processing.store.LedgerDatabase;

/**
 * The people who may sign in, stored in the ledger's database ({@code ledger_user}) with bcrypt password hashes;
 * every change is appended to {@code ledger_user_change}. Checking a password costs a bcrypt round (about 0.1 s),
 * so a successful check is remembered for a few minutes under a SHA-256 of the credentials (never the password
 * itself); any change to any account forgets them all.
 */
@ApplicationScoped
public class UserDirectory {

    /** Lower-case letters, digits, dot, dash and underscore; starts with a letter; 2 to 32 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an administrator sees of an account; never the hash. */
    public record Account(String username, List<String> roles, boolean enabled, Instant createdAt, String createdBy,
            Instant changedAt, String changedBy) {
    }

    /** One appended change to an account. */
    public record Change(String username, String change, String detail, Instant at, String by) {
    }

    private record Remembered(Actor actor, Instant until) {
    }

    @Inject
    @LedgerDatabase
    javax.sql.DataSource dataSource;

    /** A directory over a database the offline command line opened itself (no application running). */
    public static UserDirectory over(javax.sql.DataSource db) {
        UserDirectory d = new UserDirectory();
        d.dataSource = db;
        return d;
    }

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, Optional<Actor>> activeByName = new ConcurrentHashMap<>();

    /** The signed-in actor for these credentials, or empty when the user is unknown, disabled or the password wrong. */
    public Optional<Actor> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        String key = fingerprint(username, password);
        Remembered hit = remembered.get(key);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return Optional.of(hit.actor());
        }
        Optional<Actor> found = query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT password_hash, roles, enabled FROM ledger_user WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || !r.getBoolean(3)) {
                        return Optional.<Actor>empty();
                    }
                    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES
                            || !BcryptUtil.matches(password, r.getString(1))) {
                        return Optional.<Actor>empty();
                    }
                    return Optional.of(new Actor(username, parseRoles(r.getString(2))));
                }
            }
        });
        found.ifPresent(a -> remembered.put(key, new Remembered(a, Instant.now().plus(REMEMBER))));
        return found;
    }

    /** The enabled account of this name as an actor with its current roles (remembered until any account changes). */
    public Optional<Actor> active(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Actor> known = activeByName.get(username);
        if (known != null) {
            return known;
        }
        Optional<Actor> found = query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT roles FROM ledger_user WHERE username = ? AND enabled = TRUE")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Actor(username, parseRoles(r.getString(1))))
                            : Optional.<Actor>empty();
                }
            }
        });
        activeByName.put(username, found);
        return found;
    }

    public boolean isEmpty() {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM ledger_user");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 0;
            }
        });
    }

    public Optional<Account> find(String username) {
        return list().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    /** Every account, by name (a lab has tens of people, not thousands). */
    public List<Account> list() {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT username, roles, enabled, created_at, created_by, "
                    + "changed_at, changed_by FROM ledger_user ORDER BY username");
                    ResultSet r = s.executeQuery()) {
                List<Account> all = new ArrayList<>();
                while (r.next()) {
                    all.add(new Account(r.getString(1), parseRoles(r.getString(2)).stream().map(Role::id).sorted()
                            .toList(), r.getBoolean(3), r.getTimestamp(4).toInstant(), r.getString(5),
                            r.getTimestamp(6).toInstant(), r.getString(7)));
                }
                return all;
            }
        });
    }

    /** The latest changes to accounts, newest first. */
    public List<Change> changes(int limit) {
        return query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT username, change, detail, changed_at, changed_by "
                    + "FROM ledger_user_change ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, Math.max(1, Math.min(limit, 1000)));
                try (ResultSet r = s.executeQuery()) {
                    List<Change> all = new ArrayList<>();
                    while (r.next()) {
                        all.add(new Change(r.getString(1), r.getString(2), r.getString(3),
                                r.getTimestamp(4).toInstant(), r.getString(5)));
                    }
                    return all;
                }
            }
        });
    }

    /** An account to create: name, password and roles. */
    public record NewAccount(String username, String password, List<String> roles) {
    }

    /** Creates an account; refuses (naming the field) a bad name, a taken name, a weak password or no role. */
    public Account create(String username, String password, Collection<String> roleIds, Actor admin) {
        String name = username == null ? "" : username.strip();
        createAll(List.of(new NewAccount(name, password, roleIds == null ? null : List.copyOf(roleIds))), admin);
        return find(name).orElseThrow();
    }

    /**
     * Creates several accounts in one transaction, all or none (the first start's: a start killed half-way leaves
     * no half-made set of accounts behind, so the next start makes them all again).
     */
    public void createAll(List<NewAccount> accounts, Actor admin) {
        requireAdmin(admin);
        String by = admin.name();
        List<String> hashes = new ArrayList<>();
        List<Set<Role>> roleSets = new ArrayList<>();
        for (NewAccount a : accounts) {
            Map<String, String> errors = new LinkedHashMap<>();
            String name = a.username() == null ? "" : a.username().strip();
            if (!USERNAME.matcher(name).matches()) {
                errors.put("username", "must be 2–32 characters: lower-case letters, digits, '.', '-' or '_', "
                        + "starting with a letter (got '" + clip(name) + "')");
            }
            passwordProblem(a.password()).ifPresent(p -> errors.put("password", p));
            Set<Role> roles = roles(a.roles(), errors);
            if (errors.isEmpty() && find(name).isPresent()) {
                errors.put("username", "'" + name + "' is taken");
            }
            if (!errors.isEmpty()) {
                throw invalid(errors);
            }
            hashes.add(BcryptUtil.bcryptHash(a.password()));
            roleSets.add(roles);
        }
        update(c -> {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < accounts.size(); i++) {
                String name = accounts.get(i).username().strip();
                try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_user (username, password_hash, "
                        + "roles, enabled, created_at, created_by, changed_at, changed_by) VALUES (?, ?, ?, TRUE, ?, ?, "
                        + "?, ?)")) {
                    s.setString(1, name);
                    s.setString(2, hashes.get(i));
                    s.setString(3, format(roleSets.get(i)));
                    s.setTimestamp(4, now);
                    s.setString(5, by);
                    s.setTimestamp(6, now);
                    s.setString(7, by);
                    s.executeUpdate();
                }
                log(c, name, "created", "roles " + format(roleSets.get(i)), by);
            }
        });
    }

    public Account setRoles(String username, Collection<String> roleIds, Actor admin) {
        requireAdmin(admin);
        String by = admin.name();
        Map<String, String> errors = new LinkedHashMap<>();
        Set<Role> roles = roles(roleIds, errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        Account before = existing(username);
        if (before.roles().contains(Role.ADMIN.id()) && !roles.contains(Role.ADMIN)) {
            keepOneAdmin(username);
        }
        change(username, "SET roles = ?", format(roles), "roles", format(roles), by);
        return existing(username);
    }

    public Account resetPassword(String username, String password, Actor admin) {
        requireAdmin(admin);
        String by = admin.name();
        existing(username);
        passwordProblem(password).ifPresent(p -> {
            throw invalid(Map.of("password", p));
        });
        change(username, "SET password_hash = ?", BcryptUtil.bcryptHash(password), "password reset", null, by);
        return existing(username);
    }

    /** A signed-in user changes their own password, giving the current one first. */
    public void changeOwnPassword(Actor me, String currentPassword, String newPassword) {
        if (me.isSystem() || find(me.name()).isEmpty()) {
            throw invalid(Map.of("user", "'" + me.name() + "' is not an account that can have a password"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (authenticate(me.name(), currentPassword).isEmpty()) {
            errors.put("currentPassword", "is not your current password");
        }
        passwordProblem(newPassword).ifPresent(p -> errors.put("newPassword", p));
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.put("newPassword", "is the same as the current one");
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        change(me.name(), "SET password_hash = ?", BcryptUtil.bcryptHash(newPassword), "password changed", null,
                me.name());
    }

    public Account setEnabled(String username, boolean enabled, Actor admin) {
        requireAdmin(admin);
        String by = admin.name();
        Account before = existing(username);
        if (!enabled && before.roles().contains(Role.ADMIN.id())) {
            keepOneAdmin(username);
        }
        change(username, "SET enabled = ?", enabled, enabled ? "enabled" : "disabled", null, by);
        return existing(username);
    }

    /** A password people can type: 16 characters from an alphabet without look-alikes (≈ 93 bits). */
    public static String randomPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of("must be at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt ignores the rest)");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }

    /** Account changes are the admin's (or the first start's); checked here too, not only by the page or the URL. */
    private static void requireAdmin(Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.ADMIN)) {
            throw new CommandNotAllowedException(actor.name(), "ManageUsers", Optional.of(Role.ADMIN), "'"
                    + actor.name() + "' may not manage users: it needs the role 'admin', and '" + actor.name()
                    + "' holds " + actor.roleIds());
        }
    }

    private void keepOneAdmin(String username) {
        long others = list().stream().filter(a -> a.enabled() && !a.username().equals(username)
                && a.roles().contains(Role.ADMIN.id())).count();
        if (others == 0) {
            throw invalid(Map.of("username", "'" + username + "' is the last enabled admin; make "
                    + "someone else admin first, or no one could manage users any more"));
        }
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> invalid(Map.of("username",
                "no user '" + clip(username) + "'")));
    }

    private void change(String username, String set, Object value, String change, String detail, String by) {
        update(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE ledger_user " + set
                    + ", changed_at = ?, changed_by = ? WHERE username = ?")) {
                s.setObject(1, value);
                s.setTimestamp(2, Timestamp.from(Instant.now()));
                s.setString(3, by);
                s.setString(4, username);
                s.executeUpdate();
            }
            log(c, username, change, detail, by);
        });
    }

    private static void log(Connection c, String username, String change, String detail, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_user_change (username, change, detail, "
                + "changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, username);
            s.setString(2, change);
            s.setString(3, detail);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.setString(5, by);
            s.executeUpdate();
        }
    }

    private static Set<Role> roles(Collection<String> ids, Map<String, String> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (ids == null || ids.isEmpty()) {
            errors.put("roles", "at least one of " + Arrays.stream(Role.values()).map(Role::id).toList());
            return roles;
        }
        for (String id : ids) {
            try {
                roles.add(Role.of(id == null ? "" : id.strip().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put("roles", e.getMessage());
            }
        }
        return roles;
    }

    private static Set<Role> parseRoles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : stored.split(",")) {
            if (!id.isBlank()) {
                roles.add(Role.of(id.strip()));
            }
        }
        return roles;
    }

    private static String format(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    /** A refusal naming each field; the offending value is never echoed (it may be a password). */
    private static InvalidInputException invalid(Map<String, String> errors) {
        return new InvalidInputException(errors.entrySet().stream()
                .map(e -> new org.photonledger.domain.validation.FieldError(e.getKey(), null, e.getValue())).toList());
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String fingerprint(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private interface Update {
        void run(Connection c) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("user directory: " + e.getMessage(), e);
        }
    }

    /** One account change and its log line commit together or not at all; remembered sign-ins are forgotten. */
    private void update(Update work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("user directory: " + e.getMessage(), e);
        } finally {
            remembered.clear();
            activeByName.clear();
        }
    }
}
