// The default theme with the styles the operation pages need (indented fields, required marks).
import DefaultTheme from 'vitepress/theme';
import './custom.css';

export default DefaultTheme;
