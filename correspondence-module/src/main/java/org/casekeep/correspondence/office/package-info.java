/**
 * The facts about the office that every feature of the module shares and none may restate: its roles, the Executive
 * Secretariat of ESEC that sees every component, the components that answer Department-wide taskers, and the keys
 * that say who may see a tasker. Depends on no feature of the module.
 */
@org.jspecify.annotations.NullMarked
package org.casekeep.correspondence.office;
