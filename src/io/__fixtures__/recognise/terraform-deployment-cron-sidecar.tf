# From the Podsmith seed document 004_984e7b5a6b090bf7.txt (a blog post on sidecar containers):
# its Terraform example, as written there (lines 134-195).
resource "kubernetes_deployment" "django" {

metadata {
    namespace = kubernetes_namespace.app_namespace.metadata[0].name
    labels = {
      name = "django"
    }
    name = "django"
  }

  spec {
    replicas = var.django_replicas
    selector {
      match_labels = {
        app : "django"
      }
    }
    template {
      metadata {
        labels = {
          app = "django"
        }
      }

      spec {
        enable_service_links    = false
        
        volume  {
          name = "shared-app"
          empty_dir {}
        }

        container {
          name              = "django"
          image             = "${var.ecr_url}:latest"
          image_pull_policy = "Always"
          args              = ["/start"]
          port  {
            name           = "django-port"
            container_port = var.django_port
          }
          volume_mount {
            name = "shared-app"
            mount_path = "/shared"
          }
        }

        container {
          name              = "cron"
          image             = "${var.cron_sidecar_ecr_url}:latest"
          image_pull_policy = "Always"
          args              = ["/start"]
        
          volume_mount {
            name = "shared-app"
            mount_path = "/shared"
          }
        }
      }
    }
  }
}
