package lv.kopiena.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import lv.kopiena.jooq.tables.records.AuditEventRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into a hash chain, checks the chain, and removes entries past the
 * retention period. Sealing runs every few seconds rather than inside each change's transaction:
 * a lock on the end of the chain held by every writing transaction would serialise all work and
 * invite deadlocks. An entry is sealed in the order the sealer finds it committed (seq), so the
 * chain order is the commit order, not the id order. With {@code kopiena.audit.key} set, the hash
 * is an HMAC: someone with write access to the database alone cannot then rebuild a chain over
 * rows they edited.
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
    private static final int BATCH = 500;

    private final AuditRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final byte[] key;
    private final Period retention;

    AuditChain(AuditRepository repository, PlatformTransactionManager transactions, Clock clock,
               @Value("${kopiena.audit.key:}") String key,
               @Value("${kopiena.audit.retention:P5Y}") Period retention) {
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.retention = retention;
    }

    /** Seals every committed entry not sealed yet; returns how many. */
    synchronized int seal() {
        int total = 0;
        while (true) {
            Integer sealed = transaction.execute(status -> sealBatch());
            if (sealed == null || sealed == 0) {
                return total;
            }
            total += sealed;
        }
    }

    private int sealBatch() {
        // locks the end of the chain until this transaction commits: another sealer (another
        // instance of the app) waits here and then reads the new end
        AuditEventRecord last = repository.lastSealedForUpdate().orElse(null);
        List<AuditEventRecord> batch = repository.unsealed(BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        long seq = last == null ? 0 : last.getSeq();
        String prev = last == null ? GENESIS : last.getHash();
        for (AuditEventRecord entry : batch) {
            seq++;
            entry.setSeq(seq);
            entry.setPrevHash(prev);
            String hash = hash(entry);
            repository.seal(entry.getId(), seq, prev, hash);
            prev = hash;
        }
        return batch.size();
    }

    /** Walks the whole chain (after sealing what is committed) and says where it breaks, if it does. */
    ChainCheck check() {
        seal();
        long checked = 0;
        LocalDateTime since = null;
        Long previousSeq = null;
        String previousHash = null;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEventRecord> batch = repository.sealedAfter(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEventRecord entry : batch) {
                if (since == null) {
                    since = entry.getOccurredAt();
                }
                boolean linked = previousSeq == null || (entry.getSeq() == previousSeq + 1
                        && Objects.equals(entry.getPrevHash(), previousHash));
                if (!linked || !hash(entry).equals(entry.getHash())) {
                    return new ChainCheck(checked, since, entry.getId(), repository.countUnsealed());
                }
                checked++;
                previousSeq = entry.getSeq();
                previousHash = entry.getHash();
                after = entry.getSeq();
            }
        }
        return new ChainCheck(checked, since, null, repository.countUnsealed());
    }

    /** Removes entries older than the retention period; returns how many. */
    int removeExpired() {
        LocalDateTime before = LocalDateTime.now(clock).minus(retention);
        int total = 0;
        while (true) {
            Integer removed = transaction.execute(status -> repository.deleteSealedBefore(before, BATCH));
            if (removed == null || removed == 0) {
                break;
            }
            total += removed;
        }
        if (total > 0) {
            log.info("Removed {} audit entries older than {}", total, before);
        }
        return total;
    }

    /** The entry's hash: over every column except the address (personal, erased with its person) and the hash itself. */
    String hash(AuditEventRecord e) {
        String canonical = String.join("\u001f", String.valueOf(e.getSeq()), String.valueOf(e.getId()),
                String.valueOf(e.getOccurredAt()), e.getAction(), text(e.getRecordType()), text(e.getRecordId()),
                text(e.getCentreId()), text(e.getActorAccountId()), text(e.getActorRole()), text(e.getChanges()),
                text(e.getDetail()), text(e.getPrevHash()));
        byte[] data = canonical.getBytes(StandardCharsets.UTF_8);
        try {
            if (key.length == 0) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("SHA-256 is not available", failure);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "\u0000" : value.toString();
    }
}
