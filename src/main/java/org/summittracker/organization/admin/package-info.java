/** The module's forms and editing services, which the CSV import fills and calls too. */
@org.springframework.modulith.NamedInterface("admin")
package org.summittracker.organization.admin;
