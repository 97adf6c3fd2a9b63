"""The six screens of the main window, in navigation order (Ctrl+1 … Ctrl+6)."""

from .admin import AdminScreen
from .calls import CallsScreen
from .cases import CasesScreen
from .referrals import ReferralsScreen
from .reports import ReportsScreen
from .walk_ins import WalkInsScreen

SCREENS = (CallsScreen, CasesScreen, ReferralsScreen, WalkInsScreen, ReportsScreen, AdminScreen)

__all__ = ["SCREENS", "AdminScreen", "CallsScreen", "CasesScreen", "ReferralsScreen",
           "ReportsScreen", "WalkInsScreen"]
