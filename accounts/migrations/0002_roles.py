"""Create the Editors and Contributors groups (the same code as `manage.py setup_roles`)."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from accounts.services import roles_setup

    roles_setup(apps=apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("actors", "0001_initial"),
        ("treaties", "0001_initial"),
        ("commentary", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
