package org.factdesk.cluster.internal;

import org.springframework.context.ApplicationContext;

import java.util.Optional;

/** For tests outside this package that start their own nodes: the state of a node's bus. */
public final class ClusterBusProbe {

    private ClusterBusProbe() {
    }

    /** The PostgreSQL backend of the node's listening connection, while it is connected. */
    public static Optional<Integer> listenerPid(ApplicationContext node) {
        return node.getBean(ClusterBus.class).listenerPid();
    }
}
