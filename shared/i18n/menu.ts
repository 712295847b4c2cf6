import type { Language } from '../taxonomy/keys';

/** Labels of the application menu, which main builds (its strings live beside the renderer's). */
export const MENU_STRINGS: Record<
  Language,
  {
    file: string;
    newAccount: string;
    openWorkspace: string;
    openDemoWorkspace: string;
    revealWorkspace: string;
    settings: string;
    quit: string;
    edit: string;
    view: string;
    home: string;
    findAccount: string;
    window: string;
    help: string;
    about: string;
  }
> = {
  en: {
    file: '&File',
    newAccount: 'New Account',
    openWorkspace: 'Open Workspace…',
    openDemoWorkspace: 'Open Demo Workspace…',
    revealWorkspace: 'Show Workspace Folder',
    settings: 'Settings…',
    quit: 'Quit',
    edit: '&Edit',
    view: '&View',
    home: 'Accounts',
    findAccount: 'Find Account',
    window: '&Window',
    help: '&Help',
    about: 'About Bidmap',
  },
  'zh-CN': {
    file: '文件(&F)',
    newAccount: '新建客户',
    openWorkspace: '打开工作区…',
    openDemoWorkspace: '打开演示工作区…',
    revealWorkspace: '显示工作区文件夹',
    settings: '设置…',
    quit: '退出',
    edit: '编辑(&E)',
    view: '视图(&V)',
    home: '客户列表',
    findAccount: '查找客户',
    window: '窗口(&W)',
    help: '帮助(&H)',
    about: '关于 Bidmap',
  },
};
