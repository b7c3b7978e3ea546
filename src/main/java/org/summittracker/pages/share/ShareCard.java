package org.summittracker.pages.share;

/**
 * What a page says about itself to link previews, search engines and feed readers: its
 * title and a summary generated from the data, its canonical address, the Atom feed of
 * its changes, its oEmbed address (pages that can be embedded) and schema.org JSON-LD.
 * Null fields are left out of the page head.
 */
public record ShareCard(String title, String description, String url, String feed, String oembed, String jsonLd) {

}
