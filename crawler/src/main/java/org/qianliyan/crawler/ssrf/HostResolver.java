package org.qianliyan.crawler.ssrf;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to addresses; the seam through which tests make a public-looking
 * name resolve to a private address.
 */
@FunctionalInterface
public interface HostResolver {

    /** The system resolver. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /**
     * @param host a host name or IP literal
     * @return every address it resolves to
     * @throws UnknownHostException when it does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
