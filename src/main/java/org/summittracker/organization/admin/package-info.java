/**
 * Editing of the module's records: the forms and the services that save them, exposed to
 * the CSV import, which fills the same forms and saves them the same way.
 */
@org.springframework.modulith.NamedInterface("admin")
package org.summittracker.organization.admin;
