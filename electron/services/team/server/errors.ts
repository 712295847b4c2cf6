/** A refusal of the team server or its commands, told to the administrator as it is (a sentence, no stack). */
export class TeamServerError extends Error {}
