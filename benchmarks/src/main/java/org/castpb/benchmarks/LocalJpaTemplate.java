package org.castpb.benchmarks;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.TransactionRequiredException;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A RESOURCE_LOCAL {@link JpaTemplate} over a plain EntityManagerFactory: what Aries JPA's
 * ResourceLocalJpaTemplate does in Karaf, reduced to what the castpb services use. One
 * EntityManager per outermost call, begin before the work, commit after it, roll back on any
 * failure; a nested Required/Supports/Mandatory call joins the outer EntityManager.
 * Single-threaded use is enough for the benchmark, but the thread-local keeps it correct anyway.
 */
final class LocalJpaTemplate implements JpaTemplate {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    LocalJpaTemplate(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager outer = current.get();
        boolean joins = outer != null && outer.getTransaction().isActive();
        switch (type) {
            case Required, Supports, Mandatory -> {
                if (joins) {
                    return code.apply(outer);
                }
                if (type == TransactionType.Mandatory) {
                    throw new TransactionRequiredException("no transaction is active");
                }
                // Supports without a transaction: run in one anyway; reads behave the same.
                return inNewTransaction(code);
            }
            case RequiresNew -> {
                return inNewTransaction(code);
            }
            case Never -> {
                if (joins) {
                    throw new IllegalStateException("a transaction is active");
                }
                return withoutTransaction(code);
            }
            case NotSupported -> {
                return withoutTransaction(code);
            }
            default -> throw new IllegalArgumentException("unknown transaction type " + type);
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    private <R> R inNewTransaction(EmFunction<R> code) {
        EntityManager previous = current.get();
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        } finally {
            em.close();
            restore(previous);
        }
    }

    private <R> R withoutTransaction(EmFunction<R> code) {
        EntityManager previous = current.get();
        EntityManager em = emf.createEntityManager();
        current.set(em);
        try {
            return code.apply(em);
        } finally {
            em.close();
            restore(previous);
        }
    }

    private void restore(EntityManager previous) {
        if (previous == null) {
            current.remove();
        } else {
            current.set(previous);
        }
    }
}
