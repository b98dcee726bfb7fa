package org.casekeep.kernel.access;

/**
 * Implemented by the security principals (or authentications) the platform creates, so that the kernel can learn
 * who is acting without depending on a particular authentication technology.
 */
public interface ActorAware {

	Actor actor();
}
