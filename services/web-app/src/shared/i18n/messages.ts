/**
 * The UI texts. Vietnamese is the reference (every key must exist in `vi`); English mirrors it.
 * Keys are grouped by area with a dot: `menu.*`, `common.*`, `auth.*`, `error.*`, `<feature>.*`.
 * Data coming from the API (school names, problem titles…) is shown as it comes, not translated.
 */
export const vi = {
  'app.name': 'EQIP',
  'app.title': 'Nền tảng cải tiến chất lượng giáo dục',

  'menu.dashboard': 'Tổng quan',
  'menu.assessment': 'Tự đánh giá',
  'menu.plan': 'Kế hoạch',
  'menu.progress': 'Tiến độ',
  'menu.reviewQueue': 'Hàng đợi duyệt',
  'menu.reports': 'Báo cáo',
  'menu.departmentDashboard': 'Tổng quan sở',
  'menu.schools': 'Trường học',
  'menu.orgUnits': 'Cơ cấu tổ chức',
  'menu.users': 'Người dùng',
  'menu.schoolYears': 'Năm học',

  'role.platform-admin': 'Quản trị nền tảng',
  'role.dept-admin': 'Quản trị sở',
  'role.reviewer': 'Chuyên viên duyệt',
  'role.principal': 'Hiệu trưởng',
  'role.staff': 'Cán bộ, giáo viên',
  'role.none': 'Chưa được phân quyền',

  'header.language': 'Ngôn ngữ',
  'header.logout': 'Đăng xuất',
  'header.openMenu': 'Mở/đóng menu',

  'common.loading': 'Đang tải…',
  'common.retry': 'Thử lại',
  'common.notBuilt.title': 'Màn hình này chưa được xây dựng',
  'common.notBuilt.detail':
    'Trang "{page}" đang được phát triển và sẽ có trong phiên bản sau. Dữ liệu vẫn có thể truy cập qua API.',
  'common.notFound': 'Không tìm thấy trang này.',
  'common.backHome': 'Về trang chủ',
  'common.noRole':
    'Tài khoản của bạn chưa được gán vai trò nào trong EQIP. Vui lòng liên hệ quản trị viên của sở.',

  'auth.signingIn': 'Đang đăng nhập…',
  'auth.sessionExpired': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  'auth.loginFailed': 'Không kết nối được máy chủ đăng nhập. Vui lòng thử lại sau.',

  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.unexpected': 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',

  'dashboard.title': 'Tổng quan trường',
  'dashboard.school': 'Trường',
  'dashboard.level': 'Cấp học',
  'dashboard.type': 'Loại hình',
  'dashboard.principal': 'Hiệu trưởng',
  'dashboard.assessment': 'Tự đánh giá gần nhất',
  'dashboard.assessment.none': 'Trường chưa có kết quả tự đánh giá.',
  'dashboard.assessment.year': 'Năm học',
  'dashboard.assessment.overall': 'Mức đạt',
  'dashboard.assessment.levelN': 'Mức {n}',
  'dashboard.assessment.notReached': 'Chưa đạt mức 1',
  'dashboard.actions': 'Hoạt động cải tiến',
  'dashboard.actions.total': 'Tổng số hoạt động',
  'dashboard.actions.overdue': 'Quá hạn',
  'dashboard.actions.dueSoon': 'Sắp đến hạn (14 ngày)',
  'dashboard.actions.done': 'Hoàn thành',
  'dashboard.actions.spent': 'Kinh phí đã chi',
  'dashboard.actions.upcoming': 'Hoạt động cần chú ý',
  'dashboard.actions.none': 'Chưa có hoạt động nào cần chú ý.',
  'dashboard.actions.end': 'Hạn',
  'dashboard.noSchool': 'Tài khoản của bạn không gắn với một trường học.',
};

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  'app.name': 'EQIP',
  'app.title': 'Education Quality Improvement Platform',

  'menu.dashboard': 'Overview',
  'menu.assessment': 'Self-assessment',
  'menu.plan': 'Plan',
  'menu.progress': 'Progress',
  'menu.reviewQueue': 'Review queue',
  'menu.reports': 'Reports',
  'menu.departmentDashboard': 'Department overview',
  'menu.schools': 'Schools',
  'menu.orgUnits': 'Organisation',
  'menu.users': 'Users',
  'menu.schoolYears': 'School years',

  'role.platform-admin': 'Platform administrator',
  'role.dept-admin': 'Department administrator',
  'role.reviewer': 'Reviewer',
  'role.principal': 'Principal',
  'role.staff': 'Staff',
  'role.none': 'No role assigned',

  'header.language': 'Language',
  'header.logout': 'Log out',
  'header.openMenu': 'Open/close the menu',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.notBuilt.title': 'This screen is not built yet',
  'common.notBuilt.detail':
    'The "{page}" page is being developed and comes in a later version. The data is available through the API.',
  'common.notFound': 'This page does not exist.',
  'common.backHome': 'Back to the start page',
  'common.noRole':
    'Your account has no EQIP role yet. Please contact your department administrator.',

  'auth.signingIn': 'Signing in…',
  'auth.sessionExpired': 'Your session has expired. Please sign in again.',
  'auth.loginFailed': 'The sign-in server cannot be reached. Please try again later.',

  'error.forbidden': 'You are not allowed to do this.',
  'error.network': 'The server cannot be reached. Please check the network and try again.',
  'error.unexpected': 'Something went wrong. Please try again later.',

  'dashboard.title': 'School overview',
  'dashboard.school': 'School',
  'dashboard.level': 'Level',
  'dashboard.type': 'Type',
  'dashboard.principal': 'Principal',
  'dashboard.assessment': 'Latest self-assessment',
  'dashboard.assessment.none': 'The school has no self-assessment yet.',
  'dashboard.assessment.year': 'School year',
  'dashboard.assessment.overall': 'Level reached',
  'dashboard.assessment.levelN': 'Level {n}',
  'dashboard.assessment.notReached': 'Below level 1',
  'dashboard.actions': 'Improvement actions',
  'dashboard.actions.total': 'Actions',
  'dashboard.actions.overdue': 'Overdue',
  'dashboard.actions.dueSoon': 'Due soon (14 days)',
  'dashboard.actions.done': 'Done',
  'dashboard.actions.spent': 'Money spent',
  'dashboard.actions.upcoming': 'Actions needing attention',
  'dashboard.actions.none': 'No action needs attention.',
  'dashboard.actions.end': 'Due',
  'dashboard.noSchool': 'Your account is not linked to a school.',
};

export type Language = 'vi' | 'en';

export const dictionaries: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a key up and fills `{name}` placeholders. */
export function translate(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text = dictionaries[language][key] ?? vi[key] ?? key;
  return params
    ? text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      )
    : text;
}
