/**
 * What search engines and link checkers read: {@code /sitemap.xml} (every public record),
 * {@code /robots.txt}, and one address per page (a trailing slash redirects to it).
 */
package org.summittracker.share;
