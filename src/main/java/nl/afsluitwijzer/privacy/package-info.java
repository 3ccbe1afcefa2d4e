/**
 * The client's privacy rights (AVG / WGBO): the inzage of all their data as JSON and PDF (AVG art. 15 and 20),
 * destruction of their record on request (AVG art. 17, WGBO art. 7:455 BW) with the decision kept, the retention
 * job that flags records past the WGBO term, and a pseudonymised export of the practice's treatments for
 * benchmarking. It reads other modules through their public API; no module depends on it.
 */
@NullMarked
package nl.afsluitwijzer.privacy;

import org.jspecify.annotations.NullMarked;
