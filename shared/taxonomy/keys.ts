// The closed vocabularies of DOMAIN.md. Labels live in ./labels.ts; the keys are stored in files.
export const BUYING_ROLES = [
  'initiator',
  'gatekeeper',
  'influencer',
  'decisionMaker',
  'purchaser',
  'expert',
  'marketing',
  'sales',
  'endUser',
  'customersCustomer',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const CUSTOMER_TYPES = [
  'executive',
  'userManagement',
  'technicalManagement',
  'procurement',
  'user',
  'technicalStaff',
] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** In order: a relationship only moves to reliance through the earlier stages. */
export const RELATIONSHIP_STAGES = ['initial', 'acquainted', 'familiar', 'trust', 'reliance'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

/** From most for us to most against us; `unknown` until the rep has a read. */
export const ATTITUDES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent', 'unknown'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const ZONES = ['growth', 'development', 'consolidation'] as const;
export type Zone = (typeof ZONES)[number];

export const POTENTIALS = ['large', 'medium', 'small'] as const;
export type Potential = (typeof POTENTIALS)[number];

export const LINK_KINDS = ['reportsTo', 'influences', 'ally', 'rival', 'informal'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const ACTIVITY_KINDS = ['visit', 'call', 'meal', 'event', 'gift', 'technicalExchange', 'siteVisit', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ALIGNMENTS = ['aligned', 'partly', 'conflicting'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'onHold'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** The five decision questions of an opportunity (DOMAIN.md section 6). */
export const DECISION_QUESTIONS = ['decides', 'setsSpecs', 'contractTerms', 'installs', 'maintains'] as const;
export type DecisionQuestion = (typeof DECISION_QUESTIONS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** What leaves the laptop in a briefing or a shared file: the org map, plus the team's view, plus everything. */
export const REDACTION_LEVELS = ['map', 'team', 'full'] as const;
export type RedactionLevel = (typeof REDACTION_LEVELS)[number];

/** Where an action of the plan stands. */
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Whom a person leans to: us, one of the account's competitors (named by id), nobody, or not known. */
export const LEANING_KINDS = ['unknown', 'none', 'us', 'competitor'] as const;
export type LeaningKind = (typeof LEANING_KINDS)[number];

/** How a person left their post (issue 18): moved sideways, moved up, retired, or left the organisation. */
export const LEAVE_KINDS = ['transferred', 'promoted', 'retired', 'left'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** Left brain (facts, proof, logic) and right brain (trust, impressions): DOMAIN.md §9. */
export const BRAINS = ['rational', 'emotional'] as const;
export type Brain = (typeof BRAINS)[number];

/** Cialdini's six principles of influence, the levers of the right brain (seed 000). */
export const INFLUENCE_PRINCIPLES = ['reciprocity', 'commitment', 'socialProof', 'liking', 'authority', 'scarcity'] as const;
export type InfluencePrinciple = (typeof INFLUENCE_PRINCIPLES)[number];

/** A whitespace cell: our product installed, a competitor's, open, pursued by us, or not applicable. */
export const WHITESPACE_STATUSES = ['ours', 'competitor', 'open', 'pursuing', 'na'] as const;
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];

/** What a client move (客户动向, issue 18) is: news, an announcement, a budget or plan signal, an organisation change, a competitor's move. */
export const CLIENT_MOVE_KINDS = ['news', 'announcement', 'budget', 'organisation', 'competitor', 'other'] as const;
export type ClientMoveKind = (typeof CLIENT_MOVE_KINDS)[number];

/** A debriefed meeting: the commitment we sought obtained, only the least we accept, or neither. */
export const MEETING_OUTCOMES = ['obtained', 'minimum', 'notObtained'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];
