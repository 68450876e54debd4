/**
 * The commands the services take: the validated bodies of the write requests (Bean Validation checks their form
 * at the boundary, each 400 listing every error; the services check the rules). They are the API's request
 * schemas as well, so they carry their OpenAPI descriptions; the views the services' results are shown in
 * live in {@code rest}.
 */
package nl.inburgering.pip.service.command;
