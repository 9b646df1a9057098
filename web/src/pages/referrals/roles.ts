import type { Role } from '../../api/operations';
import { DESK_ROLES } from '../desk/regions';

/** Who sees the referrals page: the case desk (which refers cases onward) and members of organisations (which receive them). */
export const REFERRAL_ROLES: readonly Role[] = [...DESK_ROLES, 'ORG_MEMBER', 'ORG_ADMIN'];
