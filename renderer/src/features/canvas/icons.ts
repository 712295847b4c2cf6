import type { CustomerType } from '../../../../shared/taxonomy/keys';

/** One glyph per customer type: readable at card size, no icon font to ship. */
export const CUSTOMER_TYPE_ICONS: Record<CustomerType, string> = {
  executive: '♛',
  userManagement: '◆',
  technicalManagement: '⚙',
  procurement: '¥',
  user: '●',
  technicalStaff: '⚒',
};
