package org.casekeep.kernel.publicweb;

/**
 * A service a module offers the public without sign-in, listed on {@value PublicWeb#PREFIX}: a bean of each module
 * that has one (the complaint portal, research sign-up).
 *
 * @param titleKey the message key of its name.
 * @param descriptionKey the message key of one sentence on what it is for.
 * @param path where it starts, under {@value PublicWeb#PREFIX}.
 */
public record PublicService(String titleKey, String descriptionKey, String path) {

	public PublicService {
		if (!path.startsWith(PublicWeb.PREFIX + "/")) {
			throw new IllegalArgumentException("A public service lives under " + PublicWeb.PREFIX + "/");
		}
	}
}
