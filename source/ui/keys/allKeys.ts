// The help screen's registry: every key table of every screen, in the order help lists them. A new
// screen's table is added here, beside the tables themselves.
import type {KeyTable} from './binding.js';
import {FILTER_KEYS} from './filterKeys.js';
import {CONFIRM_KEYS, FORM_KEYS} from './formKeys.js';
import {JOB_KEYS, JOBS_KEYS, SUBMIT_KEYS} from './jobsKeys.js';
import {LIST_KEYS} from './listKeys.js';
import {RENAME_KEYS} from './renameKeys.js';
import {ADD_MISSING_OFFER_KEYS, NO_DEFINITIONS_KEYS, PANEL_KEY_TABLES, SUBMIT_OFFER_KEYS} from './runKeys.js';
import {COPY_TO_STORE_KEYS, STORE_ERROR_KEYS} from './storeKeys.js';
import {TEXT_KEYS} from './textKeys.js';
import {DETAIL_KEYS, DETAILS_KEYS, HELP_KEYS} from './viewKeys.js';

export const ALL_KEY_TABLES: ReadonlyArray<KeyTable<string>> = [LIST_KEYS, FILTER_KEYS, TEXT_KEYS, FORM_KEYS, RENAME_KEYS, CONFIRM_KEYS, COPY_TO_STORE_KEYS, DETAIL_KEYS, DETAILS_KEYS, HELP_KEYS, ...Object.values(PANEL_KEY_TABLES), ADD_MISSING_OFFER_KEYS, SUBMIT_OFFER_KEYS, SUBMIT_KEYS, JOB_KEYS, JOBS_KEYS, NO_DEFINITIONS_KEYS, STORE_ERROR_KEYS];
