/**
 * What an id looks like (an election, a party, a riding, a province): lowercase letters, digits and hyphens,
 * at most 40. The schema holds data to it and the URL parser reads ids with it. At the root of src/ because
 * both data/ and url/ need it and neither may import the other.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
