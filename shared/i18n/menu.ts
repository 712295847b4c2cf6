import type { Language } from '../taxonomy/keys';

/** What main shows: the application menu and its own dialogs (the renderer's strings are in ./en.ts, ./zh-CN.ts). */
export interface MenuStrings {
  file: string;
  newAccount: string;
  importFile: string;
  shareAccounts: string;
  openWorkspace: string;
  openDemoWorkspace: string;
  revealWorkspace: string;
  /** Locks an encrypted workspace (asks for the passphrase again). */
  lockWorkspace: string;
  settings: string;
  quit: string;
  edit: string;
  view: string;
  home: string;
  findAccount: string;
  searchEverywhere: string;
  window: string;
  help: string;
  about: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  minimize: string;
  close: string;
  /** The question when the window closes with edits not yet on disk. */
  unsavedMessage: string;
  unsavedDetail: string;
  keepOpen: string;
  closeAnyway: string;
  /** macOS only */
  zoom: string;
  bringAllToFront: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

// `&` marks the Alt+letter access key on Windows and Linux; macOS ignores it.
export const MENU_STRINGS: Record<Language, MenuStrings> = {
  en: {
    file: '&File',
    newAccount: 'New Account',
    importFile: 'Import org map…',
    shareAccounts: 'Share as org map…',
    openWorkspace: 'Open Workspace…',
    openDemoWorkspace: 'Open Demo Workspace…',
    revealWorkspace: 'Show Workspace Folder',
    lockWorkspace: 'Lock Workspace',
    settings: 'Settings…',
    quit: 'Quit Bidmap',
    edit: '&Edit',
    view: '&View',
    home: 'Accounts',
    findAccount: 'Find Account',
    searchEverywhere: 'Search Everywhere…',
    window: '&Window',
    help: '&Help',
    about: 'About Bidmap',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    unsavedMessage: 'Some edits are not saved yet.',
    unsavedDetail: 'Bidmap could not write them to the workspace folder (the chart shows why). Keep Bidmap open to let it retry, or close and lose those edits.',
    keepOpen: 'Keep Bidmap Open',
    closeAnyway: 'Close and Lose Them',
    zoom: 'Zoom',
    bringAllToFront: 'Bring All to Front',
    services: 'Services',
    hide: 'Hide Bidmap',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  'zh-CN': {
    file: '文件(&F)',
    newAccount: '新建客户',
    importFile: '导入组织图…',
    shareAccounts: '分享为组织图…',
    openWorkspace: '打开工作区…',
    openDemoWorkspace: '打开演示工作区…',
    revealWorkspace: '显示工作区文件夹',
    lockWorkspace: '锁定工作区',
    settings: '设置…',
    quit: '退出 Bidmap',
    edit: '编辑(&E)',
    view: '视图(&V)',
    home: '客户列表',
    findAccount: '查找客户',
    searchEverywhere: '全局搜索…',
    window: '窗口(&W)',
    help: '帮助(&H)',
    about: '关于 Bidmap',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    actualSize: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '切换全屏',
    minimize: '最小化',
    close: '关闭窗口',
    unsavedMessage: '部分修改尚未保存。',
    unsavedDetail: 'Bidmap 无法将它们写入工作区文件夹（结构图上显示了原因）。保持 Bidmap 打开以继续重试，或关闭并丢失这些修改。',
    keepOpen: '保持打开',
    closeAnyway: '关闭并丢失修改',
    zoom: '缩放',
    bringAllToFront: '前置全部窗口',
    services: '服务',
    hide: '隐藏 Bidmap',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
  },
};
